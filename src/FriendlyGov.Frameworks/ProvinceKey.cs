using System.Security.Cryptography;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks;

/// <summary>
/// A province's signing key (khóa ký của tỉnh): an ECDSA key on the NIST P-256 curve (prime256v1,
/// secp256r1) that signs what the province publishes, such as a round's result bundle, so anyone
/// holding the public key can check that it came from the province unchanged.
/// </summary>
/// <remarks>
/// Keys are read and written as standard PEM: a private key as OpenSSL's <c>openssl ecparam -name
/// prime256v1 -genkey -noout</c> writes it (<c>EC PRIVATE KEY</c>, SEC 1) or as PKCS#8
/// (<c>PRIVATE KEY</c>); a public key as <c>PUBLIC KEY</c> (SubjectPublicKeyInfo), as <c>openssl ec
/// -pubout</c> writes it. A signature is ECDSA with SHA-256 over the signed bytes, 64 bytes: r then
/// s, each 32 bytes big-endian (IEEE P1363). A key is named by the SHA-256 of its public key's DER
/// bytes (<see cref="PublicKeySha256"/>). The private key must stay with the province: whoever holds
/// it can sign in the province's name.
/// </remarks>
public sealed class ProvinceKey : IDisposable
{
    /// <summary>The name of the signature algorithm, as result bundles write it.</summary>
    public const string Algorithm = "ECDSA-P256-SHA256";

    private readonly ECDsa _key;

    private ProvinceKey(ECDsa key, bool hasPrivateKey)
    {
        _key = key;
        HasPrivateKey = hasPrivateKey;
        PublicKeySha256 = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>Whether the key can sign; a key read from a public PEM only verifies.</summary>
    public bool HasPrivateKey { get; }

    /// <summary>The SHA-256 of the public key's SubjectPublicKeyInfo DER bytes, 64 lowercase hexadecimal digits: the key's name.</summary>
    public string PublicKeySha256 { get; }

    /// <summary>Makes a new random P-256 key pair.</summary>
    /// <returns>The key, able to sign.</returns>
    public static ProvinceKey Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256), hasPrivateKey: true);

    /// <summary>Reads a key from PEM text: a private key (<c>EC PRIVATE KEY</c> or <c>PRIVATE KEY</c>) or a public key (<c>PUBLIC KEY</c>).</summary>
    /// <param name="pem">The PEM text.</param>
    /// <param name="document">The name shown in problems, such as the file's path.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidInputException">The text holds no PEM key, or a key that is not ECDSA on P-256.</exception>
    public static ProvinceKey FromPem(string pem, string document)
    {
        Guard.Against.Null(pem);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidInputException(
                [new Problem("key", "not a PEM ECDSA key: give a private key such as 'openssl ecparam -name prime256v1 -genkey -noout' writes, or its public key ('openssl ec -pubout')")],
                document);
        }

        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid?.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new InvalidInputException([new Problem("key", $"the key is on curve {parameters.Curve.Oid?.FriendlyName ?? "unknown"}, not P-256 (prime256v1)")], document);
        }

        return new ProvinceKey(key, pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal));
    }

    /// <summary>Reads a PEM key file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidInputException">The file is missing, unreadable or holds no P-256 key.</exception>
    public static ProvinceKey ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        // A PEM key is well under 64 KiB; a regular file only, opened without blocking.
        return FromPem(System.Text.Encoding.UTF8.GetString(InputFile.ReadAll(path, 64 * 1024, "the PEM key limit")), path);
    }

    /// <summary>The private key as PKCS#8 PEM (<c>PRIVATE KEY</c>).</summary>
    /// <returns>The PEM text.</returns>
    /// <exception cref="InvalidOperationException">The key holds no private part.</exception>
    public string ExportPrivateKeyPem() =>
        HasPrivateKey ? _key.ExportPkcs8PrivateKeyPem() : throw new InvalidOperationException("This key was read from a public key and cannot export a private one.");

    /// <summary>The public key as SubjectPublicKeyInfo PEM (<c>PUBLIC KEY</c>).</summary>
    /// <returns>The PEM text.</returns>
    public string ExportPublicKeyPem() => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>Signs bytes: ECDSA P-256 with SHA-256, 64 bytes (r then s).</summary>
    /// <param name="data">The bytes signed.</param>
    /// <returns>The signature.</returns>
    /// <exception cref="InvalidOperationException">The key holds no private part.</exception>
    public byte[] Sign(ReadOnlySpan<byte> data) => Sign(data, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>Whether <paramref name="signature"/> is this key's signature of <paramref name="data"/>.</summary>
    /// <param name="data">The bytes that were signed.</param>
    /// <param name="signature">The signature, 64 bytes (r then s).</param>
    /// <returns><see langword="true"/> when it verifies.</returns>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        Verify(data, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>
    /// Signs bytes with ECDSA P-256 and SHA-256, the signature in the given encoding: audit
    /// checkpoints use DER (RFC 3279), as <c>openssl dgst -sha256 -sign</c> writes it, so that
    /// OpenSSL alone can check them.
    /// </summary>
    /// <param name="data">The bytes signed.</param>
    /// <param name="format">The signature's encoding.</param>
    /// <returns>The signature.</returns>
    /// <exception cref="InvalidOperationException">The key holds no private part.</exception>
    public byte[] Sign(ReadOnlySpan<byte> data, DSASignatureFormat format) =>
        HasPrivateKey
            ? _key.SignData(data, HashAlgorithmName.SHA256, format)
            : throw new InvalidOperationException("This key was read from a public key and cannot sign.");

    /// <summary>Whether <paramref name="signature"/>, in the given encoding, is this key's signature of <paramref name="data"/>.</summary>
    /// <param name="data">The bytes that were signed.</param>
    /// <param name="signature">The signature.</param>
    /// <param name="format">The signature's encoding.</param>
    /// <returns><see langword="true"/> when it verifies.</returns>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, DSASignatureFormat format) =>
        _key.VerifyData(data, signature, HashAlgorithmName.SHA256, format);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
