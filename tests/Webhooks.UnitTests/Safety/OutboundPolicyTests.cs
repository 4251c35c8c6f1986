using System.Net;
using ChannelPlatform.SharedKernel;
using Microsoft.Extensions.Options;
using Webhooks.Application;
using Webhooks.Application.Safety;
using Webhooks.Domain.Endpoints;

namespace Webhooks.UnitTests.Safety;

public sealed class OutboundPolicyTests
{
    private static OutboundPolicy Policy(bool allowHttp = false, bool allowPrivate = false) =>
        new(Options.Create(new WebhooksOptions { AllowHttp = allowHttp, AllowPrivateNetworks = allowPrivate }));

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.0.0.1/hook")]
    [InlineData("https://192.168.0.10:8443/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://[fd12:3456::1]/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://api.localhost/hook")]
    [InlineData("https://2130706433/hook")]
    public void Internal_targets_are_refused_at_registration(string url)
    {
        DomainAssert.InvalidValue(() => Policy(allowHttp: true).EnsureAllowed(WebhookUrl.Parse(url)), "url").Message.ShouldContain("public");
    }

    [Fact]
    public void Plain_http_is_refused_unless_allowed()
    {
        DomainAssert.InvalidValue(() => Policy().EnsureAllowed(WebhookUrl.Parse("http://hooks.example.com/x")), "url").Message.ShouldContain("https");
        Policy(allowHttp: true).EnsureAllowed(WebhookUrl.Parse("http://hooks.example.com/x"));
    }

    [Fact]
    public void A_public_https_url_is_allowed()
    {
        Policy().EnsureAllowed(WebhookUrl.Parse("https://crm.partner.example/webhooks?tenant=7"));
        Policy().EnsureAllowed(WebhookUrl.Parse("https://93.184.216.34/hook"));
    }

    [Fact]
    public void Private_networks_and_loopback_are_allowed_when_configured()
    {
        var policy = Policy(allowHttp: true, allowPrivate: true);

        policy.EnsureAllowed(WebhookUrl.Parse("http://127.0.0.1:5999/hook"));
        policy.EnsureAllowed(WebhookUrl.Parse("http://localhost:5999/hook"));
        policy.AddressAllowed(IPAddress.Loopback).ShouldBeTrue();
    }

    [Fact]
    public void At_connect_time_only_public_addresses_pass()
    {
        var policy = Policy();

        policy.AddressAllowed(IPAddress.Parse("93.184.216.34")).ShouldBeTrue();
        policy.AddressAllowed(IPAddress.Loopback).ShouldBeFalse();
        policy.AddressAllowed(IPAddress.Parse("::ffff:169.254.169.254")).ShouldBeFalse();
    }

    [Fact]
    public void The_scheme_is_checked_again_at_delivery()
    {
        Policy().SchemeAllowed(new Uri("http://hooks.example.com")).ShouldBeFalse();
        Policy().SchemeAllowed(new Uri("https://hooks.example.com")).ShouldBeTrue();
        Policy(allowHttp: true).SchemeAllowed(new Uri("http://hooks.example.com")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("ftp://hooks.example.com/x")]
    [InlineData("https://user:pass@hooks.example.com/x")]
    [InlineData("https://hooks.example.com/x#frag")]
    [InlineData("/relative")]
    [InlineData("")]
    public void Malformed_urls_are_refused(string url)
    {
        Should.Throw<InvalidValueException>(() => WebhookUrl.Parse(url)).Field.ShouldBe("url");
    }
}
