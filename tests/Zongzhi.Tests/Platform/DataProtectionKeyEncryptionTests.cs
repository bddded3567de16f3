using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Platform;

/// <summary>
/// The Data Protection keys that sign login cookies are stored in the database (so nodes share them) but encrypted with
/// the key file: another node with the same key file accepts a cookie; a copy of the database with any other key file
/// does not (a stolen dump is not a way to forge logins).
/// </summary>
public sealed class DataProtectionKeyEncryptionTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task KeysAreStoredEncrypted_SharedKeyFileReadsThem_OtherKeyFileCannot(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await app.CreateUserAsync("clerk-dp", Roles.ReceptionClerk);
        var cookie = await LoginCookieAsync(app, "clerk-dp");

        var stored = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("encryptedKey", xml, StringComparison.Ordinal);
            Assert.Contains(nameof(Zongzhi.Platform.Privacy.KeyFileXmlDecryptor), xml, StringComparison.Ordinal);
            // The plaintext key material of an unencrypted key is a <masterKey><value>base64</value></masterKey>.
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });

        var sameKey = new Dictionary<string, string> { ["Zongzhi:Privacy:KeyFile"] = app.KeyFile };
        await using (var node = await ZongzhiAppFactory.CreateAsync(provider, settings: sameKey, database: TestDatabase.Existing(provider, app.ConnectionString)))
        {
            Assert.Equal(HttpStatusCode.OK, await MeAsync(node, cookie));
        }

        var otherKeyFile = Path.Combine(Path.GetTempPath(), "zongzhi-tests", "keys", Guid.NewGuid().ToString("N") + ".key");
        var otherKey = new Dictionary<string, string> { ["Zongzhi:Privacy:KeyFile"] = otherKeyFile };
        await using (var thief = await ZongzhiAppFactory.CreateAsync(provider, settings: otherKey, database: TestDatabase.Existing(provider, app.ConnectionString)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(thief, cookie));
        }

        Assert.Equal(HttpStatusCode.OK, await MeAsync(app, cookie));
    }

    private static async Task<string> LoginCookieAsync(ZongzhiAppFactory app, string userName)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = ZongzhiAppFactory.TestPassword },
            TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static async Task<HttpStatusCode> MeAsync(ZongzhiAppFactory app, string cookie)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
