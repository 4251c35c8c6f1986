using DealRegistration.Domain.Conflicts;

namespace DealRegistration.UnitTests.Conflicts;

public sealed class CustomerDomainTests
{
    [Theory]
    [InlineData("globex.com", "globex.com")]
    [InlineData("GLOBEX.COM", "globex.com")]
    [InlineData("www.globex.com", "globex.com")]
    [InlineData("  www.Globex.com  ", "globex.com")]
    [InlineData("https://www.globex.com/contact?team=sales#form", "globex.com")]
    [InlineData("http://WWW.GLOBEX.COM", "globex.com")]
    [InlineData("globex.com:8443/path", "globex.com")]
    [InlineData("globex.com.", "globex.com")]
    [InlineData("globex.co.uk", "globex.co.uk")]
    [InlineData("müller.de", "xn--mller-kva.de")]
    public void A_domain_is_compared_without_scheme_www_port_path_or_case(string domain, string normalized)
    {
        CustomerDomain.Normalize(domain).ShouldBe(normalized);
    }

    [Fact]
    public void A_subdomain_other_than_www_is_kept_so_it_is_a_different_domain()
    {
        CustomerDomain.Normalize("sales.globex.com").ShouldBe("sales.globex.com");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_domain_is_no_domain(string? domain)
    {
        CustomerDomain.Normalize(domain).ShouldBeNull();
    }

    [Theory]
    [InlineData("globex")]
    [InlineData("http://localhost")]
    [InlineData("not a domain")]
    [InlineData("https://")]
    public void Something_that_is_not_a_domain_is_refused(string domain)
    {
        DomainAssert.InvalidValue(() => CustomerDomain.Normalize(domain), "customer.domain");
    }
}
