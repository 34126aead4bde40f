// Lists every rule walks, kept to one kind of array. V8 gives an array a hidden class by the
// kind of its elements: objects, small integers (what an empty `[]` starts as), or "holey"
// (what `Array.prototype.map` returns whenever its fast path bails out, which depends on the
// run). Optimised code expects the kinds it has seen; a rule that meets another throws its code
// away and is compiled again. On a province's 5,000 files the items list came out holey now and
// then, and each time some 30 rules and helpers were compiled anew on both workers.

/** An empty array already of the "objects" kind, which pushing objects keeps it in. */
export function objectList<T extends object>(): T[] {
  const list = [{}] as T[];
  list.pop();
  return list;
}
