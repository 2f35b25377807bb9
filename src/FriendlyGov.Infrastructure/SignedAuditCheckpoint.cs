using System.Security.Cryptography;
using FriendlyGov.Domain.Audit;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Infrastructure;

/// <summary>An audit checkpoint as read from a <c>friendlygov.checkpoint/1</c> file, with its signature.</summary>
/// <param name="Checkpoint">The entry vouched for and when.</param>
/// <param name="KeyId">The SHA-256 of the signing key's public part (DER SubjectPublicKeyInfo), 64 lowercase hexadecimal digits: names the key, proves nothing.</param>
/// <param name="Signature">The ECDSA P-256 / SHA-256 signature of <see cref="AuditCheckpoint.SignedBytes"/>, DER-encoded (as <c>openssl dgst -sha256 -sign</c> writes it).</param>
public sealed record SignedAuditCheckpoint(AuditCheckpoint Checkpoint, string KeyId, ReadOnlyMemory<byte> Signature)
{
    /// <summary>Whether <paramref name="publicKey"/> signed exactly this checkpoint.</summary>
    /// <param name="publicKey">The province's public key, obtained from a source the verifier trusts (never from the checkpoint).</param>
    /// <returns><see langword="true"/> when the signature is valid for the checkpoint's signed bytes under that key.</returns>
    public bool IsSignedBy(ProvinceKey publicKey)
    {
        Guard.Against.Null(publicKey);
        return publicKey.Verify(Checkpoint.SignedBytes(), Signature.Span, DSASignatureFormat.Rfc3279DerSequence);
    }
}
