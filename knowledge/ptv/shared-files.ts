/**
 * PTV has no segments, service points or emergency numbers, so an imported
 * knowledge directory takes them from a base directory (the bundled content).
 * They must still only refer to services the new directory has: service points
 * keep only those services, and the emergency services that red flags send
 * residents to (112, crisis line, poison centre) are copied along, because PTV
 * has no general description for national numbers.
 */
import { parseDocument } from 'yaml';
import type { ContentFile } from '../parse';
import type { KnowledgeBase } from '../schema';

/** Ids of the services the base's red-flag situations point to. */
export function redFlagServices(base: KnowledgeBase): string[] {
  return [...new Set(base.emergency.situations.map((situation) => situation.service))].sort();
}

/** municipalities.yaml with every service point's `services` narrowed to `keep`, comments kept. */
export function narrowServicePoints(file: ContentFile, keep: ReadonlySet<string>): ContentFile {
  const doc = parseDocument(file.text);
  const municipalities = doc.toJS() as {
    municipalities?: { servicePoints?: { services?: string[] }[] }[];
  };
  municipalities.municipalities?.forEach((m, i) =>
    m.servicePoints?.forEach((point, j) => {
      if (!point.services) return;
      doc.setIn(
        ['municipalities', i, 'servicePoints', j, 'services'],
        doc.createNode(
          point.services.filter((id) => keep.has(id)),
          { flow: true },
        ),
      );
    }),
  );
  return { path: file.path, text: doc.toString({ lineWidth: 100, flowCollectionPadding: false }) };
}
