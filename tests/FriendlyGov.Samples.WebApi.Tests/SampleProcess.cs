using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>
/// The built sample run as its own process, as an operator runs it: <c>dotnet FriendlyGov.Samples.WebApi.dll</c>
/// on a free port of 127.0.0.1, in the Production environment, configured by environment
/// variables, on a SQLite file in a temporary folder. Its output is kept; disposing kills it.
/// </summary>
internal sealed class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TempDirectory _folder = new();

    /// <summary>Starts the sample.</summary>
    /// <param name="environment">Environment variables, on top of Production and the database.</param>
    public SampleProcess(IReadOnlyDictionary<string, string> environment)
    {
        Port = FreePort();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var folder = RepositoryRoot.Combine("samples", "FriendlyGov.Samples.WebApi", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "FriendlyGov.Samples.WebApi.dll"), "--urls", $"http://127.0.0.1:{Port}"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__FriendlyGov"] = $"Data Source={Path.Combine(_folder.Path, "webapi.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_errors, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>What it printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>What it printed to standard error so far.</summary>
    public string Errors
    {
        get
        {
            lock (_errors) return _errors.ToString();
        }
    }

    /// <summary>A client for it.</summary>
    /// <returns>The client.</returns>
    public HttpClient Client() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };

    /// <summary>Waits until <c>/health/live</c> answers 200, for at most a minute.</summary>
    /// <returns>A task.</returns>
    public async Task Ready()
    {
        using var client = Client();
        var until = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < until && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException($"The sample did not become live. Output: {Output} Errors: {Errors}");
    }

    /// <summary>Waits for it to exit on its own, for at most a minute.</summary>
    /// <returns>Its exit code.</returns>
    public async Task<int> Exited()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is null) return;
        lock (to) to.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
