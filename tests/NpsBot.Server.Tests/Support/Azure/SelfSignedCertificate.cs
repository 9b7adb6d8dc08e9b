using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NpsBot.Server.Tests.Support.Azure;

/// <summary>A throwaway TLS certificate for 127.0.0.1 (MSAL talks only to https authorities).</summary>
public static class SelfSignedCertificate
{
    public static X509Certificate2 ForLoopback()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
