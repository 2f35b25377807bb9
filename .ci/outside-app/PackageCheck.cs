// Checks the packed packages as a user gets them (run by .ci/outside-app.sh as a file-based app):
// no library ships a runtimeconfig.json, the friendlygov tool carries no test framework, and every
// symbol package's PDB names its sources by the deterministic /_/ root (never the build machine's
// folders) and maps them with Source Link to the repository's URL.
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;

var feed = args[0];
var repository = args[1];
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var problems = new List<string>();

foreach (var package in Directory.GetFiles(feed, "*.nupkg"))
{
    using var zip = ZipFile.OpenRead(package);
    var name = Path.GetFileName(package);
    foreach (var entry in zip.Entries)
    {
        if (entry.FullName.StartsWith("lib/", StringComparison.Ordinal) && entry.Name.EndsWith(".runtimeconfig.json", StringComparison.Ordinal))
            problems.Add($"{name}: ships {entry.FullName}");
        if (entry.FullName.StartsWith("tools/", StringComparison.Ordinal) && entry.Name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase))
            problems.Add($"{name}: the tool carries the test framework's {entry.FullName}");
    }
}

var pdbs = 0;
foreach (var symbols in Directory.GetFiles(feed, "*.snupkg"))
{
    using var zip = ZipFile.OpenRead(symbols);
    foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".pdb", StringComparison.Ordinal)))
    {
        pdbs++;
        var where = $"{Path.GetFileName(symbols)}: {entry.FullName}";
        using var copy = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(copy);
        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        foreach (var document in reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name)).Where(n => !n.StartsWith("/_/", StringComparison.Ordinal)))
            problems.Add($"{where}: names a source by a path of the build machine: {document}");
        var sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == sourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .FirstOrDefault();
        if (sourceLink is null || !sourceLink.Contains(repository.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal), StringComparison.Ordinal))
            problems.Add($"{where}: no Source Link to {repository} ({sourceLink ?? "none"})");
    }
}

if (pdbs == 0) problems.Add($"{feed}: no symbol package holds a PDB");
foreach (var problem in problems) Console.Error.WriteLine($"package-check: {problem}");
Console.WriteLine(problems.Count == 0 ? $"package-check: {Directory.GetFiles(feed, "*.nupkg").Length} packages and {pdbs} PDBs are clean" : $"package-check: {problems.Count} problem(s)");
return problems.Count == 0 ? 0 : 1;
