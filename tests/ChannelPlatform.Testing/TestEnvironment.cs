using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace ChannelPlatform.Testing;

/// <summary>
/// Where the real servers are: the ones deploy/local/test.sh started (CHANNEL_TEST_* variables), or
/// Testcontainers when a Docker engine answers. Neither: fail with how to run the tests.
/// </summary>
public static class TestEnvironment
{
    private static readonly Lazy<Task<Servers>> Current = new(StartAsync);

    public static Task<Servers> GetAsync() => Current.Value;

    public sealed record Servers(string PostgresAdmin, Uri Amqp, Uri RabbitManagement, string SigningKey);

    private static async Task<Servers> StartAsync()
    {
        var signingKey = Environment.GetEnvironmentVariable("CHANNEL_TEST_SIGNING_KEY") ?? "test-only-signing-key-for-channel-platform-integration-tests-0123456789";
        var postgres = Environment.GetEnvironmentVariable("CHANNEL_TEST_POSTGRES");
        var rabbit = Environment.GetEnvironmentVariable("CHANNEL_TEST_RABBITMQ");
        var management = Environment.GetEnvironmentVariable("CHANNEL_TEST_RABBITMQ_MANAGEMENT") ?? "http://guest:guest@127.0.0.1:15672";
        if (!string.IsNullOrEmpty(postgres) && !string.IsNullOrEmpty(rabbit))
            return new Servers(postgres, new Uri(rabbit), new Uri(management), signingKey);

        if (!DockerAnswers())
        {
            throw new InvalidOperationException(
                "No PostgreSQL/RabbitMQ for the tests: run them with deploy/local/test.sh (it installs and starts both and sets " +
                "CHANNEL_TEST_POSTGRES, CHANNEL_TEST_RABBITMQ and CHANNEL_TEST_RABBITMQ_MANAGEMENT), set those variables yourself, " +
                "or run where a Docker engine answers so Testcontainers can start them.");
        }

        var pg = new PostgreSqlBuilder("postgres:15").Build();
        var mq = new RabbitMqBuilder("rabbitmq:3.10-management").WithPortBinding(15672, true).Build();
        await Task.WhenAll(pg.StartAsync(), mq.StartAsync());
        var managementUri = new UriBuilder("http", mq.Hostname, mq.GetMappedPublicPort(15672)) { UserName = "rabbitmq", Password = "rabbitmq" }.Uri;
        return new Servers(pg.GetConnectionString(), new Uri(mq.GetConnectionString()), managementUri, signingKey);
    }

    private static bool DockerAnswers() =>
        File.Exists("/var/run/docker.sock") || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST"));
}
