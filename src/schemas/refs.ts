/** What the schema factories are built from: the content folder, the plan's start and the declared ids. */
import { reference } from './values.ts';

/** The ids posts may refer to and the settings the schemas check against. */
export interface ContentRefs {
  /** The content folder, as shown in messages (e.g. "content"). */
  contentDir: string;
  /** First day of the plan, YYYY-MM-DD. */
  planStart: string;
  /** Ids declared in commitments.yaml. */
  commitmentIds: readonly string[];
  /** Ids declared in regions.yaml. */
  regionIds: readonly string[];
  /** Ids declared in people.yaml. */
  personIds: readonly string[];
}

/** A reference to a person of people.yaml. */
export const personRef = (refs: ContentRefs) => reference(refs.personIds, 'person', `${refs.contentDir}/people.yaml`);
/** A reference to a commitment of commitments.yaml. */
export const commitmentRef = (refs: ContentRefs) => reference(refs.commitmentIds, 'commitment', `${refs.contentDir}/commitments.yaml`);
/** A reference to a region of regions.yaml. */
export const regionRef = (refs: ContentRefs) => reference(refs.regionIds, 'region', `${refs.contentDir}/regions.yaml`);
