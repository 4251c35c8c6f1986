using Bench.Driver;
using Bench.Driver.Wins;

// The data and load side of bench/run.sh (see bench/README.md):
//   Driver seed-deals --db CONN --open N       tops dealreg.deals up to N open registrations (keys included); prints JSON
//   Driver probes --count N --out FILE         registration names from the seed's vocabulary, one "name<TAB>country<TAB>product" a line
//   Driver wins --gw URL --db CONN --partners ID,ID... --count N --rate R
//                                              deal won → booking visible in Revenue under a steady load of wins; prints JSON
var options = Options.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "seed-deals" => await SeedDeals.RunAsync(options),
    "probes" => Probes.Run(options),
    "wins" => await Wins.RunAsync(options),
    _ => Options.Usage(),
};
