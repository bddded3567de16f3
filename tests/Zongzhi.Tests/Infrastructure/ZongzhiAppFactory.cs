using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;

namespace Zongzhi.Tests.Infrastructure;

/// <summary>
/// The whole app in process on a fresh database of the chosen provider, with a fake clock
/// (default 2026-11-28 10:00 in the town), migrated and seeded as at a real start.
/// </summary>
public sealed class ZongzhiAppFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly TestDatabase _database;

    // Hundreds of test hosts each watching appsettings.json exhaust the machine's inotify instances (128 by default).
    static ZongzhiAppFactory() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");

    private ZongzhiAppFactory(TestDatabase database, DateTimeOffset now)
    {
        _database = database;
        Clock = new FakeTimeProvider(now);
    }

    /// <summary>The app's clock; it only moves forward, so start the app at the date a test needs (<c>now</c>).</summary>
    public FakeTimeProvider Clock { get; }

    public string Provider => _database.Provider;

    /// <summary>This app's own personal data key file (a temporary path).</summary>
    public string KeyFile { get; } = Path.Combine(Path.GetTempPath(), "zongzhi-tests", "keys", Guid.NewGuid().ToString("N") + ".key");

    public string ConnectionString => _database.ConnectionString;

    /// <summary>This app's own attachments folder (a temporary path).</summary>
    public string AttachmentsPath { get; } = Path.Combine(Path.GetTempPath(), "zongzhi-tests", "attachments", Guid.NewGuid().ToString("N"));

    /// <summary>Creates the app; with <paramref name="kestrel"/> it listens on a free loopback port (browser tests).</summary>
    // schemaFromModel: for tests that add test-only entities to the model, the schema is built from the model instead of
    // the migrations (which know only the product's entities).
    public static async Task<ZongzhiAppFactory> CreateAsync(string provider, Action<IServiceCollection>? services = null, bool kestrel = false,
        DateTimeOffset? now = null, bool schemaFromModel = false, IReadOnlyDictionary<string, string>? settings = null, TestDatabase? database = null)
    {
        var factory = new ZongzhiAppFactory(database ?? await TestDatabase.CreateAsync(provider), now ?? DefaultNow)
        {
            ExtraServices = services, SchemaFromModel = schemaFromModel, ExtraSettings = settings ?? new Dictionary<string, string>(),
        };
        if (kestrel)
        {
            factory.UseKestrel(0);
        }

        // Starting the host migrates and seeds the database (DatabaseStartup), as at a real start.
        factory.StartServer();
        return factory;
    }

    private Action<IServiceCollection>? ExtraServices { get; init; }

    private bool SchemaFromModel { get; init; }

    /// <summary>Configuration for this app beyond the test defaults (e.g. <c>Zongzhi:Audit:AppRole</c>).</summary>
    private IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Zongzhi:Database", _database.Provider);
        builder.UseSetting("ConnectionStrings:Zongzhi", _database.ConnectionString);
        builder.UseSetting("Zongzhi:Demo", "false");
        builder.UseSetting("Zongzhi:Privacy:KeyFile", KeyFile);
        builder.UseSetting("Zongzhi:Attachments:Path", AttachmentsPath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests run the monitor's pass themselves (SweepDeadlines), at the fake clock's date.
        builder.UseSetting("Zongzhi:DeadlineMonitor:Enabled", "false");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Zongzhi:Email:Background", "false");
        // Tests sign in many users from one address; LoginRateLimitTests lowers the limit again.
        builder.UseSetting("Zongzhi:Login:RateLimit:PermitsPerMinute", "100000");
        // While a model change has no migration yet, ZONGZHI_TEST_ENSURE_CREATED=1 builds the schema from the model.
        if (SchemaFromModel || Environment.GetEnvironmentVariable("ZONGZHI_TEST_ENSURE_CREATED") == "1")
        {
            builder.UseSetting("Zongzhi:Schema", "EnsureCreated");
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
            ExtraServices?.Invoke(services);
        });
    }

    /// <summary>A scope to call use cases directly (Contoso's SliceFixture).</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> WithDbAsync<T>(Func<ZongzhiDb, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider.GetRequiredService<ZongzhiDb>());
    }

    public const string TestPassword = "Test-Passw0rd!";

    /// <summary>
    /// A client that behaves as the app's own API clients do: it sends the antiforgery token of its session with every
    /// unsafe API request (<see cref="AntiforgeryHandler"/>). <see cref="CreateClientWithoutAntiforgery"/> does not.
    /// </summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <inheritdoc cref="CreateClient()"/>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlers = new List<DelegatingHandler> { new AntiforgeryHandler() };
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
        }

        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>A client that sends no antiforgery token by itself (cross-site request forgery tests).</summary>
    public HttpClient CreateClientWithoutAntiforgery(WebApplicationFactoryClientOptions? options = null) =>
        base.CreateClient(options ?? new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a user with the given role (and scope) and returns a client signed in as that user.</summary>
    public async Task<HttpClient> ClientForAsync(string role, long? departmentId = null, long? villageId = null, string? userName = null)
    {
        userName ??= role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..6];
        await CreateUserAsync(userName, role, departmentId, villageId);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        // Administrators sign in with two-factor sign-in outside demo mode (CreateUserAsync enrols them).
        var code = role == Roles.Administrator ? await CurrentCodeAsync(userName) : null;
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestPassword, code });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A client signed in as an existing test user.</summary>
    public async Task<HttpClient> LoginAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        var code = await HasTwoFactorAsync(userName) ? await CurrentCodeAsync(userName) : null;
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestPassword, code });
        response.EnsureSuccessStatusCode();
        return client;
    }

    private async Task<bool> HasTwoFactorAsync(string userName) =>
        await WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.UserName == userName && u.TwoFactorEnabled));

    public async Task<ZongzhiUser> CreateUserAsync(string userName, string role, long? departmentId = null, long? villageId = null)
    {
        await using var scope = Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZongzhiUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var user = new ZongzhiUser { UserName = userName, DisplayName = userName, DepartmentId = departmentId, VillageId = villageId };
        var created = await users.CreateAsync(user, TestPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        if (role == Roles.Administrator)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return user;
    }

    /// <summary>
    /// The authenticator code of a user at the fake clock's time (plus <paramref name="stepOffset"/> 30-second steps);
    /// without an offset, the next one not yet used (codes are single-use; the next step is still accepted).
    /// </summary>
    public async Task<string> CurrentCodeAsync(string userName, int? stepOffset = null)
    {
        await using var scope = Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZongzhiUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException("No user " + userName);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key");
        var now = Totp.StepAt(Clock.GetUtcNow());
        var step = stepOffset is { } offset ? now + offset : Math.Max(now, (user.LastTotpTimeStep ?? 0) + 1);
        return Totp.Code(Totp.DecodeKey(key), step);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The in-process test server leaves <c>Connection.RemoteIpAddress</c> empty, where a real client always has one and the
/// audit trail records it: requests without one come from 127.0.0.1 (on Kestrel the real address stays).
/// </summary>
internal sealed class LoopbackClientAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, rest) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return rest(context);
        });
        next(app);
    };
}
