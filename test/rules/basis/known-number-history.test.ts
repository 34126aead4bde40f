import { basisKnownNumber } from '../../../src/check/rules/basis/known-number.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_1, DISCLOSURE, withBasis } from './basis-helpers.js';

// A citation that gives the history as orders — the original one, then the amending one the
// baseline lists — is right; only the first order was compared, so it was called a mismatch.
testRule(basisKnownNumber, {
  valid: [
    { name: 'original and amending order', yaml: withBasis(DISCLOSURE, '《工伤保险条例》（国务院令第375号公布，国务院令第586号修订）') },
    { name: 'disclosure regulation 492 then 711', yaml: withBasis('《中华人民共和国政府信息公开条例》(国务院令第492号公布，国务院令第711号修订)') },
  ],
  invalid: [
    {
      name: 'history with two orders, neither the listed one',
      yaml: withBasis(DISCLOSURE, '《工伤保险条例》（国务院令第375号公布，国务院令第999号修订）'),
      findings: [{ ...BASIS_1, messageId: 'mismatch', messageIncludes: '“国务院令第375号”' }],
    },
  ],
});
