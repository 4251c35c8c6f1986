using Partners.Domain.Model;

namespace Partners.UnitTests;

public sealed class WebsiteTests
{
    [Theory]
    [InlineData("https://www.Acme.com/path", "acme.com")]
    [InlineData("acme.com", "acme.com")]
    [InlineData("www.acme.com", "acme.com")]
    [InlineData("  http://ACME.com/  ", "acme.com")]
    [InlineData("https://acme.com.", "acme.com")]
    [InlineData("https://shop.acme.co.uk:8443/x?y=1", "shop.acme.co.uk")]
    public void A_website_normalises_to_its_lower_case_domain_without_www(string website, string domain)
    {
        Website.ToDomain(website).ShouldBe(domain);
    }

    [Theory]
    [InlineData("not a website")]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ftp://acme.com")]
    [InlineData("https://")]
    [InlineData("http://localhost")]
    public void Anything_that_is_not_a_web_address_is_refused(string website)
    {
        var exception = DomainAssert.InvalidValue(() => Website.ToDomain(website), "website");

        exception.Message.ShouldContain("example.com");
    }
}
