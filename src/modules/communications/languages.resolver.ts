import { Arg, Authorized, Ctx, Field, FieldResolver, ObjectType, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { DEFAULT_LANGUAGE, interfaceLocale, languageName } from '../../core/languages';
import { Parent } from '../shared/parent';

@ObjectType({ description: 'A language the hub\'s data uses, named by its ISO 639 code.' })
export class Language {
  @Field({ description: 'ISO 639 code (639-1 where one exists, else 639-2/3, e.g. "kar" for Karen).' })
  code!: string;
}

/**
 * Every language of the data: the focal groups' languages, the letter templates' and the
 * communications', and English (the fallback of letters). One statement.
 */
async function languagesInUse(context: HubContext): Promise<Language[]> {
  const rows = await context.em.getConnection().execute<{ code: string }[]>(
    `select code from (
       select unnest(languages) as code from focal_group
       union select language from communication_template
       union select language from communication
       union select ?
     ) used order by code`,
    [DEFAULT_LANGUAGE],
  );
  return rows.map((row) => Object.assign(new Language(), { code: row.code }));
}

@Resolver(() => Language)
export class LanguageResolver {
  @Authorized()
  @Query(() => [Language], { description: 'The languages the data uses (ISO 639 codes), each with its display name in any interface language.' })
  languages(@Ctx() context: HubContext): Promise<Language[]> {
    return languagesInUse(context);
  }

  @FieldResolver(() => String, { description: 'The name in the interface language `locale` (ISO 639, e.g. "en", "es", "ar"); English where the locale has none.' })
  displayName(@Parent() language: Language, @Arg('locale', () => String, { nullable: true, defaultValue: DEFAULT_LANGUAGE }) locale: string | null): string {
    return languageName(language.code, interfaceLocale(locale ?? DEFAULT_LANGUAGE));
  }

  @FieldResolver(() => String, { description: 'The name in the language itself (e.g. "español"), as families read it.' })
  nativeName(@Parent() language: Language): string {
    return languageName(language.code, language.code);
  }
}
