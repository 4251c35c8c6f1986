using DealRegistration.Domain.Conflicts;

namespace DealRegistration.UnitTests.Conflicts;

public sealed class CompanyNameLegalFormTests
{
    [Theory]
    [InlineData("Acme Inc")]
    [InlineData("Acme, Inc.")]
    [InlineData("Acme Incorporated")]
    [InlineData("Acme Corp.")]
    [InlineData("Acme Corporation")]
    [InlineData("Acme Co.")]
    [InlineData("Acme Company")]
    [InlineData("Acme Cos.")]
    [InlineData("Acme LLC")]
    [InlineData("Acme, L.L.C.")]
    [InlineData("Acme LLP")]
    [InlineData("Acme L.P.")]
    [InlineData("Acme Ltd")]
    [InlineData("Acme Ltd.")]
    [InlineData("Acme Limited")]
    [InlineData("Acme plc")]
    [InlineData("Acme PLC")]
    [InlineData("Acme GmbH")]
    [InlineData("Acme mbH")]
    [InlineData("Acme AG")]
    [InlineData("Acme KG")]
    [InlineData("Acme KGaA")]
    [InlineData("Acme UG")]
    [InlineData("Acme S.A.")]
    [InlineData("Acme SA")]
    [InlineData("Acme S.A.S.")]
    [InlineData("Acme SARL")]
    [InlineData("Acme S.R.L.")]
    [InlineData("Acme S.p.A.")]
    [InlineData("Acme S.L.")]
    [InlineData("Acme B.V.")]
    [InlineData("Acme BV")]
    [InlineData("Acme N.V.")]
    [InlineData("Acme Oy")]
    [InlineData("Acme Oyj")]
    [InlineData("Acme AB")]
    [InlineData("Acme AS")]
    [InlineData("Acme ASA")]
    [InlineData("Acme ApS")]
    [InlineData("Acme Pty")]
    [InlineData("Acme Pty Ltd")]
    [InlineData("Acme Pte. Ltd.")]
    [InlineData("Acme K.K.")]
    [InlineData("Acme Lda")]
    [InlineData("Acme ULC")]
    [InlineData("Acme SE")]
    [InlineData("Acme Sp. z.o.o.")]
    [InlineData("Acme Sp. z o.o.")]
    [InlineData("Acme A/S")]
    [InlineData("Acme Ltda")]
    [InlineData("Acme Ltda.")]
    [InlineData("Acme Pvt Ltd")]
    [InlineData("Acme Pvt. Ltd.")]
    [InlineData("Acme Private Limited")]
    [InlineData("Acme Aktiengesellschaft")]
    [InlineData("Acme S.A. de C.V.")]
    [InlineData("Acme S.A.B. de C.V.")]
    [InlineData("Acme & Co.")]
    [InlineData("Acme and Company")]
    [InlineData("Acme GmbH & Co. KG")]
    [InlineData("Acme Holding AG & Co. KGaA")]
    [InlineData("Acme Holding")]
    [InlineData("Acme Holdings")]
    [InlineData("Acme Group")]
    [InlineData("Acme Group Holdings, Inc.")]
    [InlineData("ACME Corporation, Inc.")]
    public void Trailing_legal_forms_are_removed(string name)
    {
        CompanyName.Normalize(name).ShouldBe("acme");
    }

    [Theory]
    [InlineData("AG Insurance", "ag insurance")]
    [InlineData("Inc Magazine", "inc magazine")]
    [InlineData("Group Nine Media", "group nine media")]
    [InlineData("Acme Inc. (Germany)", "acme inc germany")]
    [InlineData("Holding AG", "holding")]
    [InlineData("Company", "company")]
    [InlineData("Limited", "limited")]
    public void Legal_forms_are_removed_only_at_the_end_and_never_down_to_an_empty_name(string name, string normalized)
    {
        CompanyName.Normalize(name).ShouldBe(normalized);
    }

    [Theory]
    [InlineData("Smith & Co.", "smith")]
    [InlineData("Smith & Co", "smith")]
    [InlineData("Smith and Co.", "smith")]
    [InlineData("Acme GmbH & Co. KG", "acme")]
    [InlineData("Goldman Sachs & Co. LLC", "goldman sachs")]
    public void An_and_company_suffix_is_a_legal_form_too(string name, string normalized)
    {
        CompanyName.Normalize(name).ShouldBe(normalized);
    }

    [Theory]
    [InlineData("Krakow Software Sp. z o.o.", "krakow software")]
    [InlineData("Maersk A/S", "maersk")]
    [InlineData("Acme S. à r. l.", "acme")]
    [InlineData("Acme S.a.r.l.", "acme")]
    [InlineData("Acme Sàrl", "acme")]
    [InlineData("Grupo Bimbo S. A. B. de C. V.", "grupo bimbo")]
    public void Legal_forms_written_with_spaces_or_slashes_are_removed(string name, string normalized)
    {
        CompanyName.Normalize(name).ShouldBe(normalized);
    }

    [Fact]
    public void Luxembourgs_official_S_a_r_l_spelling_is_not_removed()
    {
        // Known limitation: "S.à r.l." loses its dots before words are split, so it reads "sa rl"; "rl" is neither a listed
        // legal form nor a single letter, so the stripping stops at once and keeps "sa" too.
        CompanyName.Normalize("Acme S.à r.l.").ShouldBe("acme sa rl");
    }

    [Theory]
    [InlineData("AT&T", "at")]
    [InlineData("AT&T Inc.", "at")]
    [InlineData("P&G", "p")]
    [InlineData("H&M", "h")]
    [InlineData("Plan B", "plan")]
    [InlineData("Channel 4", "channel")]
    [InlineData("Formula 1 Ltd", "formula")]
    [InlineData("Studio 54", "studio 54")]
    [InlineData("X Corp", "x")]
    [InlineData("A", "a")]
    public void Trailing_single_letters_and_digits_are_removed_as_pieces_of_a_spaced_legal_form_but_never_the_whole_name(string name, string normalized)
    {
        // The price of stripping "A/S" and "Sp. z o.o." piece by piece: any trailing one-character word goes, and with it
        // a trailing "and" ("& T" reads "and t"). "AT&T" and "AT&S" both become "at"; "Plan A" and "Plan B" both "plan"
        // (see ConflictMatcherTests).
        CompanyName.Normalize(name).ShouldBe(normalized);
    }
}
