/**
 * Packs the game as a cmi5 course: `npm run build:cmi5` builds the game with
 * relative addresses and no service worker into dist-cmi5/package/ and this
 * script writes dist-cmi5/service-chain-cmi5.zip with its `cmi5.xml`.
 *
 * One AU per scenario, for the reasons one SCO per scenario is right for SCORM
 * (src/build/scorm-package.ts): each scenario is a whole assessed task with
 * its own result. Each AU launches its scenario's page (`<id>.html`, the game
 * with its story named in the HTML: src/build/vite-plugin-ink.ts); its URL names the
 * scenario and switches cmi5 reporting on, and the LMS adds the launch
 * parameters. The AU ids are the scenario activity ids of
 * src/sim/evidence/xapi-statements.ts. `moveOn="Passed"`: an AU is satisfied when its
 * scenario is passed (the game also sends `completed` at every ending). No
 * mastery score is set, as in the SCORM package: the game judges passed and
 * failed itself, unless the LMS sets one.
 */
import { COURSE_ID, scenarioActivityId } from '../sim/evidence/xapi-statements.ts';
import { escapeMarkup } from './markup-text.ts';
import {
  scenarioItems,
  writePackageOfBuild,
  writePackageZip,
  type PackageItem,
} from './lms-package.ts';

/** The AU's URL, relative to cmi5.xml. */
export const auUrl = (id: string): string => `${id}.html?scenario=${id}&lms=cmi5`;

const text = (tag: string, words: string, indent: string): string =>
  `${indent}<${tag}><langstring lang="en-GB">${escapeMarkup(words)}</langstring></${tag}>`;

export function courseStructure(items: readonly PackageItem[]): string {
  const aus = items
    .map((item) =>
      [
        `  <au id="${escapeMarkup(scenarioActivityId(item.id))}" moveOn="Passed" launchMethod="AnyWindow">`,
        text('title', item.title, '    '),
        text('description', item.summary, '    '),
        `    <url>${escapeMarkup(auUrl(item.id))}</url>`,
        '  </au>',
      ].join('\n'),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${COURSE_ID}">
${text('title', 'Service Chain: service recovery scenarios', '    ')}
${text('description', 'Role-play scenarios for practising service recovery across a service chain, each scored against eight recovery principles.', '    ')}
  </course>
${aus}
</courseStructure>
`;
}

export function writeCmi5Zip(built: string, storiesDir: string, zipFile: string): number {
  const items = scenarioItems(storiesDir);
  return writePackageZip(built, 'cmi5.xml', () => courseStructure(items), zipFile);
}

if (import.meta.url === `file://${process.argv[1]}`)
  writePackageOfBuild('cmi5', 'service-chain-cmi5.zip', writeCmi5Zip);
