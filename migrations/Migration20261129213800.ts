import { Migration } from '@mikro-orm/migrations';

/** Language names the hub accepted before it took ISO 639 codes, and their codes. */
const CODES_BY_NAME: Record<string, string> = {
  english: 'en', spanish: 'es', vietnamese: 'vi', arabic: 'ar', karen: 'kar', burmese: 'my', somali: 'so', nepali: 'ne',
  hmong: 'hmn', chinese: 'zh', mandarin: 'zh', cantonese: 'yue', russian: 'ru', ukrainian: 'uk', tagalog: 'tl', korean: 'ko',
  french: 'fr', 'haitian creole': 'ht', portuguese: 'pt', amharic: 'am', oromo: 'om', tigrinya: 'ti', swahili: 'sw', dari: 'prs',
  pashto: 'ps', farsi: 'fa', persian: 'fa', urdu: 'ur', hindi: 'hi', punjabi: 'pa', bengali: 'bn', japanese: 'ja', marshallese: 'mh',
};

/** One way to name a language: focal groups' languages, partner contacts and the communication log move from names to ISO 639 codes. */
export class Migration20261129213800 extends Migration {
  override async up(): Promise<void> {
    const pairs = Object.entries(CODES_BY_NAME)
      .map(([name, code]) => `('${name}', '${code}')`)
      .join(', ');
    this.addSql(`create temporary table "language_code" ("name" text primary key, "code" text not null) on commit drop;`);
    this.addSql(`insert into "language_code" values ${pairs};`);
    this.addSql(`update "focal_group" set "languages" = (
      select coalesce(array_agg(coalesce("language_code"."code", lower(trim("named"."name"))) order by "named"."position"), '{}')
      from unnest("focal_group"."languages") with ordinality as "named"("name", "position")
      left join "language_code" on "language_code"."name" = lower(trim("named"."name")));`);
    this.addSql(`update "partner" set "contacts" = (
      select coalesce(jsonb_agg(case when "contact"."value"->>'language' is null then "contact"."value"
        else jsonb_set("contact"."value", '{language}', to_jsonb(coalesce("language_code"."code", lower(trim("contact"."value"->>'language'))))) end
        order by "contact"."position"), '[]'::jsonb)
      from jsonb_array_elements("partner"."contacts"::jsonb) with ordinality as "contact"("value", "position")
      left join "language_code" on "language_code"."name" = lower(trim("contact"."value"->>'language')));`);
    this.addSql(`update "communication" set "language" = coalesce((select "code" from "language_code" where "name" = lower(trim("communication"."language"))), lower(trim("language")));`);
  }

  override async down(): Promise<void> {
    // Codes are kept: names cannot be recovered for languages that were entered as codes.
  }
}
