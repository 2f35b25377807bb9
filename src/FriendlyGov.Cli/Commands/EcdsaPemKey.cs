using System.Security.Cryptography;

namespace FriendlyGov.Cli.Commands;

/// <summary>
/// Reads a province's ECDSA P-256 key from a PEM file: a private key as <c>openssl ecparam -name
/// prime256v1 -genkey -noout</c> writes it (<c>EC PRIVATE KEY</c>) or in PKCS#8 (<c>PRIVATE
/// KEY</c>), or a public key (<c>PUBLIC KEY</c>, as <c>openssl ec -pubout</c> writes it).
/// </summary>
internal static class EcdsaPemKey
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    /// <summary>Loads a key; the caller disposes it.</summary>
    /// <param name="path">The PEM file.</param>
    /// <param name="needPrivate">Whether the private key is needed (to sign).</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidDataException">The file is missing or holds no usable key; the message starts with the path.</exception>
    public static ECDsa Load(string path, bool needPrivate)
    {
        string pem;
        try
        {
            pem = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot be read: {ex.Message}", ex);
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.ExportParameters(false).Curve.Oid?.Value != P256Oid)
                throw new InvalidDataException($"{path}: the key is not on the P-256 curve (prime256v1)");
            if (needPrivate && !HasPrivate(key))
                throw new InvalidDataException($"{path}: holds a public key only; signing needs the private key");
            return key;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException($"{path}: not an unencrypted EC key in PEM (EC PRIVATE KEY, PRIVATE KEY or PUBLIC KEY): {ex.Message}", ex);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private static bool HasPrivate(ECDsa key)
    {
        try
        {
            return key.ExportParameters(true).D is { Length: > 0 };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
