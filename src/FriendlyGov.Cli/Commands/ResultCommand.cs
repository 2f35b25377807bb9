using System.CommandLine;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov result verify FILE [--public-key PUB.pem]</c>: checks a result bundle with nothing
/// but the tool, offline, through <see cref="ResultVerifier"/>.
/// </summary>
/// <remarks>
/// Exit 0 printing <c>N units verified, ranking verified</c> (and <c>signature verified</c> with a
/// key); exit 1 printing one line per figure, hash, ranking row or signature that does not match,
/// the first naming the first unit and figure (<c>26041: G3.1.1 published 6.37, recomputed 6.38</c>);
/// exit 2 when the file or the key cannot be read, one line per problem.
/// </remarks>
internal static class ResultCommand
{
    /// <summary>
    /// A bundle holds every unit's evidence and scorecard, about 20 KB a unit: 256 MiB leaves room
    /// for every commune of the country in one file, far beyond the 10 MiB other documents get.
    /// </summary>
    private static readonly JsonLimits BundleLimits = new() { MaxBytes = 256L * 1024 * 1024 };

    /// <summary>The <c>result</c> command and its <c>verify</c> subcommand.</summary>
    /// <param name="output">Standard output: the verdict.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output)
    {
        var file = new Argument<string>("FILE") { Description = "A result bundle (friendlygov.result/1)." };
        var publicKey = new Option<string>("--public-key") { Description = "The province's public key (PEM): the bundle must be signed by it." };
        var verify = new Command("verify", "Score every unit again from the bundle's own framework and evidence; check every figure, the ranking, the hashes and, with --public-key, the signature.") { file, publicKey };
        verify.SetAction(parsed => Verify(parsed.GetRequiredValue(file), parsed.GetValue(publicKey), output));
        return new Command("result", "Published round results (kết quả công bố).") { verify };
    }

    private static int Verify(string path, string? publicKeyPath, TextWriter output)
    {
        using var key = publicKeyPath is null ? null : ProvinceKey.ReadFile(publicKeyPath);
        var bytes = ReadAll(path);
        var bundle = ResultBundleReader.Read(bytes, path, BundleLimits);
        var verification = ResultVerifier.Verify(bundle, key, bytes);
        if (!verification.IsVerified)
        {
            foreach (var difference in verification.Differences) output.WriteLine($"{path}: {difference}");
            return ExitCodes.CaseFailed;
        }

        output.WriteLine($"{verification.Units} units verified, ranking verified{(key is null ? string.Empty : ", signature verified")}");
        return ExitCodes.Success;
    }

    private static byte[] ReadAll(string path)
    {
        // A regular file only, opened without blocking, and never more than the bundle limit read.
        return InputFile.ReadAll(path, BundleLimits.MaxBytes, "result verify's limit");
    }
}
