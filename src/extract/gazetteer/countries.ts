import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

countries.registerLocale(fr);
countries.registerLocale(en);

/** Everyday and official forms (the first is the display name) the i18n-iso-countries locales lack. */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['États-Unis', 'Etats-Unis', 'É.-U.', 'E.-U.', 'United States', 'U.S.', 'U.S.A.', 'USA'],
  GB: ['Royaume-Uni', 'Grande-Bretagne', 'Great Britain', 'Britain', 'U.K.', 'R.-U.'],
  KR: ['Corée du Sud', 'South Korea', 'Corée', 'Korea', 'République de Corée'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  NL: ['Pays-Bas', 'Hollande', 'Holland'],
  CZ: ['Tchéquie', 'République tchèque', 'Czech Republic', 'Czechia'],
  CD: ['République démocratique du Congo', 'RDC', 'RD Congo'],
  FR: ['France', 'République française', 'French Republic'],
  DE: ['Allemagne', "République fédérale d'Allemagne", 'République fédérale allemande', 'RFA', 'Federal Republic of Germany'],
  IT: ['Italie', 'République italienne', 'Italian Republic'],
  CN: ['Chine', 'République populaire de Chine', "People's Republic of China"],
  AE: ['Émirats arabes unis', 'Émirats', 'United Arab Emirates', 'UAE'],
  SA: ['Arabie saoudite', 'Saudi Arabia'],
  RU: ['Russie', 'Russia', 'Fédération de Russie'],
  MM: ['Birmanie', 'Burma', 'Myanmar'],
  TW: ['Taïwan', 'Taiwan'],
  VA: ['Vatican', 'Saint-Siège', 'Holy See'],
  PS: ['Palestine'],
  XK: ['Kosovo'],
  VN: ['Viêt Nam', 'Viet Nam', 'Vietnam'],
  BY: ['Biélorussie', 'Bélarus', 'Belarus'],
  MD: ['Moldavie', 'Moldova'],
  MK: ['Macédoine du Nord', 'North Macedonia'],
  IR: ['Iran'],
  SY: ['Syrie', 'Syria'],
  LA: ['Laos'],
  BO: ['Bolivie', 'Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzanie', 'Tanzania'],
  CV: ['Cap-Vert', 'Cape Verde'],
};

/** Country names that are also given names or common words: they need a cue. */
export const AMBIGUOUS_COUNTRY_NAMES = new Set(['chad', 'jordan', 'georgia', 'georgie', 'turkey', 'dominique', 'maurice', 'grenade', 'jersey', 'salvador', 'man', 'samoa', 'tonga', 'guernesey', 'guernsey', 'niger', 'rda', 'rfa', 'uae']);

/** Every French and English name of every ISO 3166-1 country, by alpha-2 code. */
export function countryNames(): ReadonlyMap<string, readonly string[]> {
  const byCode = new Map<string, string[]>();
  for (const locale of ['fr', 'en']) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      const list = byCode.get(code) ?? [];
      list.push(...(names as string[]).filter((name) => !name.includes(',')));
      byCode.set(code, list);
    }
  }
  for (const [code, names] of Object.entries(EXTRA_NAMES)) byCode.set(code, [...names, ...(byCode.get(code) ?? [])]);
  return byCode;
}
