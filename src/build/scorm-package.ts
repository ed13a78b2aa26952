/**
 * Packs the game as a SCORM 1.2 content package: `npm run build:scorm` builds
 * the game with relative addresses into dist-scorm/package/ and this script
 * writes dist-scorm/service-chain-scorm12.zip with an imsmanifest.xml.
 *
 * One SCO per scenario. Each scenario is a whole assessed task with its own
 * ending, score and resume record, which is what a SCO reports; the LMS then
 * lists the scenarios as items and combines their grades by the activity's
 * grading method. A single launcher SCO would have to fold every scenario into
 * one status and score, and fit every scenario's save into one 4,096-character
 * `cmi.suspend_data`. Each item launches its scenario's page (`<id>.html`,
 * the game with its story named in the HTML: src/build/vite-plugin-ink.ts),
 * a SCO resource of one file depending on the one resource of the game's
 * files; the item's `parameters` name the scenario and switch the LMS
 * reporting on.
 * Nothing is fetched from elsewhere: the zip holds the built game only.
 */
import { escapeMarkup } from './markup-text.ts';
import {
  scenarioItems,
  writePackageOfBuild,
  writePackageZip,
  type PackageItem,
} from './lms-package.ts';

/** The launch parameters an item adds to its page. */
export const launchParameters = (id: string): string => `?scenario=${id}&lms=scorm12`;

export function manifest(items: readonly PackageItem[], files: readonly string[]): string {
  const entries = items
    .map(
      (
        item,
      ) => `      <item identifier="item-${item.id}" identifierref="sco-${item.id}" isvisible="true" parameters="${escapeMarkup(launchParameters(item.id))}">
        <title>${escapeMarkup(item.title)}</title>
      </item>`,
    )
    .join('\n');
  // A scenario without a page of its own (see scenarioPages in vite-plugin-ink.ts) is launched from index.html.
  const scos = items
    .map((item) => {
      const page = files.includes(`${item.id}.html`) ? `${item.id}.html` : 'index.html';
      return `    <resource identifier="sco-${item.id}" type="webcontent" adlcp:scormtype="sco" href="${escapeMarkup(page)}">
      <file href="${escapeMarkup(page)}"/>
      <dependency identifierref="game"/>
    </resource>`;
    })
    .join('\n');
  const fileList = files.map((file) => `      <file href="${escapeMarkup(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="service-chain-scorm12" version="1.2"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="service-chain">
    <organization identifier="service-chain">
      <title>Service Chain: service recovery scenarios</title>
${entries}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="game" type="webcontent" adlcp:scormtype="asset">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

export function writeScorm12Zip(built: string, storiesDir: string, zipFile: string): number {
  const items = scenarioItems(storiesDir);
  return writePackageZip(built, 'imsmanifest.xml', (files) => manifest(items, files), zipFile);
}

if (import.meta.url === `file://${process.argv[1]}`)
  writePackageOfBuild('scorm', 'service-chain-scorm12.zip', writeScorm12Zip);
