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
  bennett:
    'a white British woman in her forties with brown hair in a bun, rectangular glasses and a teal cardigan',
  ellison:
    'a white English woman in her sixties with a silver bob, stud earrings and a navy blazer',
  pryce:
    'a white Welsh man in his thirties with short brown hair, a full beard and a teal Northway Home polo shirt',
  haddad:
    'a Lebanese British woman in her thirties with a short black pixie cut, gold hoop earrings and a teal patterned blouse',
  marsh:
    'a white English man in his fifties with a grey crew cut, stubble and an orange hi-vis vest',
  okoro:
    'a Nigerian British man in his twenties with short natural hair and a grey zip-neck fleece',
  malik:
    'a British Pakistani man in his thirties with short black hair, a trimmed beard and a navy suit with an open-necked shirt',
  brennan:
    'a white Yorkshireman in his forties with short sandy hair, stubble and a green zip-neck work fleece',
  morgan:
    'a white Welsh woman in her thirties with a dark brown ponytail and a red zip-neck work fleece',
  price: 'a Black British woman in her forties with long braids and a burgundy blazer',
  shaw: 'a white English man in his fifties with grey side-parted hair, rectangular glasses and a navy suit and tie',
  hollis:
    'a white man in his forties with a shaved head, a short brown beard and a charcoal zip-neck fleece',
  mendes:
    'a Brazilian British woman in her twenties with black curly hair, a teal V-neck jumper and a gold pendant',
  lowe: 'a white British man in his thirties with short fair hair, stubble and a navy jumper over a shirt',
  nair: 'a British Indian woman in her twenties with long black hair, stud earrings and a plum cardigan',
  aziz: 'a British Afghan man in his forties with thick black hair, a full beard and a burgundy apron over a white shirt',
  rahman:
    'a British Bangladeshi woman in her thirties with black hair in a bun, stud earrings and a rose-pink jumper',
} as const;

export type LookId = keyof typeof LOOKS;

export const isLookId = (value: string): value is LookId => Object.hasOwn(LOOKS, value);
