using System.CommandLine;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// <c>friendlygov keys new --out DIR</c>: makes a province key pair (ECDSA P-256) and writes
/// <c>province-key.pem</c> (private, PKCS#8) and <c>province-key.pub.pem</c> (public) into DIR.
/// </summary>
/// <remarks>Refuses to overwrite an existing key file: a lost private key cannot be made again.</remarks>
internal static class KeysCommand
{
    /// <summary>The file name of the private key.</summary>
    public const string PrivateFile = "province-key.pem";

    /// <summary>The file name of the public key.</summary>
    public const string PublicFile = "province-key.pub.pem";

    /// <summary>The <c>keys</c> command and its <c>new</c> subcommand.</summary>
    /// <param name="output">Standard output: the files written and the key's name.</param>
    /// <param name="error">Standard error: why they could not be.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Option<string>("--out") { Description = "The folder to write the two PEM files into.", Required = true };
        var create = new Command("new", $"Make a province signing key (ECDSA P-256): {PrivateFile} (keep it secret) and {PublicFile} (publish it).") { folder };
        create.SetAction(parsed => New(parsed.GetRequiredValue(folder), output, error));
        return new Command("keys", "Province signing keys (khóa ký).") { create };
    }

    private static int New(string folder, TextWriter output, TextWriter error)
    {
        var privatePath = Path.Combine(folder, PrivateFile);
        var publicPath = Path.Combine(folder, PublicFile);
        foreach (var path in new[] { privatePath, publicPath }.Where(File.Exists))
        {
            error.WriteLine($"{path}: already exists; a key is never overwritten");
            return ExitCodes.UnusableInput;
        }

        try
        {
            Directory.CreateDirectory(folder);
            using var key = ProvinceKey.Generate();
            File.WriteAllText(privatePath, key.ExportPrivateKeyPem() + "\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(privatePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.WriteAllText(publicPath, key.ExportPublicKeyPem() + "\n");
            output.WriteLine($"{privatePath}: private key: keep it secret, it signs in the province's name");
            output.WriteLine($"{publicPath}: public key {key.PublicKeySha256}: publish it so anyone can check signed bundles");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{folder}: {e.Message}");
            return ExitCodes.UnusableInput;
        }
    }
}
