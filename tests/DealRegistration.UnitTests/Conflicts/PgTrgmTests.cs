namespace DealRegistration.UnitTests.Conflicts;

/// <summary>The test-only pg_trgm port against values PostgreSQL itself returns.</summary>
public sealed class PgTrgmTests
{
    [Fact]
    public void A_word_is_padded_with_two_spaces_before_and_one_after_and_cut_into_distinct_trigrams()
    {
        // SELECT show_trgm('Cat') → {"  c"," ca","at ",cat}
        PgTrgm.Trigrams("Cat").OrderBy(t => t, StringComparer.Ordinal).ShouldBe(["  c", " ca", "at ", "cat"]);
    }

    [Fact]
    public void Non_alphanumeric_characters_separate_words_and_repeated_trigrams_count_once()
    {
        // SELECT show_trgm('foo|bar-foo') → {"  b","  f"," ba"," fo","ar ",bar,foo,"oo "}
        PgTrgm.Trigrams("foo|bar-foo").OrderBy(t => t, StringComparer.Ordinal).ShouldBe(["  b", "  f", " ba", " fo", "ar ", "bar", "foo", "oo "]);
    }

    [Fact]
    public void Similarity_is_the_share_of_common_trigrams_as_in_the_postgresql_documentation()
    {
        // SELECT similarity('word', 'two words') → 0.36363637 (4 common of 11)
        PgTrgm.Similarity("word", "two words").ShouldBe(4f / 11, 1e-9);
    }

    [Fact]
    public void Similarity_ignores_case_and_word_order()
    {
        PgTrgm.Similarity("Union Pacific", "pacific UNION").ShouldBe(1);
    }

    [Fact]
    public void Text_without_any_alphanumeric_character_is_similar_to_nothing()
    {
        PgTrgm.Similarity("", "").ShouldBe(0);
        PgTrgm.Similarity("--", "acme").ShouldBe(0);
    }
}
