using System.Globalization;
using Bench.Floors;

// What the platform's requests and events cost with no work at all, for bench/run.sh to divide by:
//   Floors noop URL                  200 on / and nothing else (ASP.NET Core's floor)
//   Floors hop URL TARGET            a YARP proxy with one route to TARGET (one hop's floor)
//   Floors roundtrip AMQP COUNT RATE COUNT MassTransit publish → consume round trips at RATE a second; prints JSON
// The arguments may come in the environment variable FLOORS instead (deploy/local/lib.sh's start_service passes settings only).
var argv = args.Length > 0 ? args : (Environment.GetEnvironmentVariable("FLOORS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
return argv switch
{
    ["noop", var url] => await Noop.RunAsync(url),
    ["hop", var url, var target] => await Hop.RunAsync(url, target),
    ["roundtrip", var amqp, var count, var rate] =>
        await RoundTrip.RunAsync(new Uri(amqp), Number(count), Number(rate)),
    _ => Usage(),
};

static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: Floors noop URL | hop URL TARGET | roundtrip AMQP_URI COUNT RATE");
    return 2;
}
