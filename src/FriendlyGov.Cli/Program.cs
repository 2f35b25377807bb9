using System.Text;
using FriendlyGov.Cli;

Console.OutputEncoding = Encoding.UTF8;
return new FriendlyGovCli(Console.Out, Console.Error, Console.IsOutputRedirected ? 120 : Math.Max(Console.WindowWidth, 80)).Run(args);
