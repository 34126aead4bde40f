import { withItem } from '../../helpers.js';

/** The clean example with the first item's deadline replaced. */
export const deadline = (value: string) => withItem((item) => {
  item.deadline = value;
});

export const canonical = '公开事项信息形成或变更之日起20个工作日内公开';
