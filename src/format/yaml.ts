/**
 * Records as YAML (the default output), one document per record, Chinese as characters.
 * Spans are printed flow-style ([12, 18]) so a record stays readable.
 */
import YAML from 'yaml';

export function toYaml(value: unknown): string {
  const doc = new YAML.Document(value, { aliasDuplicateObjects: false });
  YAML.visit(doc, {
    Seq(_key, node) {
      if (node.items.length <= 2 && node.items.every((i) => YAML.isScalar(i) && typeof i.value === 'number')) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** A multi-document stream: `---` before each record. */
export function toYamlStream(values: readonly unknown[]): string {
  return values.map((v) => '---\n' + toYaml(v)).join('');
}
