// opencc-js ships its dictionaries as ESM modules exporting one string each ("src dst|src dst…"),
// reachable through its "./*" export but without type declarations.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
