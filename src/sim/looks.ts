/**
 * The portrait sets the art provides. A story's `# character:` tag names one
 * of these; the description is the portrait's text alternative.
 */
export const LOOKS = {
  okafor:
    'a Black British woman in her fifties with short grey natural hair and a mustard cardigan',
  mistry: 'a British Indian man in his thirties with glasses and a navy Northway Home polo shirt',
  calder: 'a white man in his sixties with a short grey beard and a tweed jacket',
  nowak: 'a white Polish woman in her forties with a blonde ponytail and a hi-vis vest',
  chen: 'a Chinese British woman in her twenties with a bob and a headset',
  hughes:
    'a white Welsh man in his seventies with white hair and a green jumper, who uses a wheelchair',
  adeyemi: 'a Nigerian British man in his forties with close-cut hair and a grey suit',
  farah: 'a Somali British woman in her thirties wearing a teal hijab and a blazer',
  oconnor: 'an Irish woman in her fifties with curly red hair and reading glasses',
  reid: 'a Scottish man in his twenties with a courier cap and a red jacket',
  khan: 'a Pakistani British man in his fifties with a neat black beard and a shirt and tie',
  silva:
    'a Portuguese British woman in her thirties with long dark wavy hair and a patterned blouse',
} as const;

export type LookId = keyof typeof LOOKS;

export const isLookId = (value: string): value is LookId => Object.hasOwn(LOOKS, value);
