using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KlingGenerated.Tests.DependencyInjection;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}

/// <summary>Sets real KLING_* variables, so it runs alone: nothing else reads the environment meanwhile.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class EnvironmentVariableTests : IDisposable
{
    private const string EnvKey = "sk-from-environment-0123";

    public EnvironmentVariableTests()
    {
        Environment.SetEnvironmentVariable("KLING_API_KEY", EnvKey);
        Environment.SetEnvironmentVariable("KLING_BASE_URL", "https://env.example.com/base");
    }

    public void Dispose()
    {
        foreach (var name in new[] { "KLING_API_KEY", "KLING_BASE_URL", "KLING_ACCESS_KEY", "KLING_SECRET_KEY" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void AddKlingClient_NothingConfigured_TakesTheEnvironment()
    {
        using var provider = new ServiceCollection().AddKlingClient().Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<KlingClientOptions>>().Value;

        Assert.Equal(EnvKey, options.ApiKey);
        Assert.Equal(new Uri("https://env.example.com/base/"), options.ResolveBaseUrl());
    }

    [Fact]
    public void AddKlingClient_ConfigurationSet_WinsOverTheEnvironment()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Kling:ApiKey"] = "sk-from-configuration-99" }).Build();
        using var provider = new ServiceCollection().AddKlingClient(configuration.GetSection("Kling")).Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<KlingClientOptions>>().Value;

        Assert.Equal("sk-from-configuration-99", options.ApiKey);
        Assert.Equal(new Uri("https://env.example.com/base"), options.BaseUrl);
    }

    [Fact]
    public void FromEnvironment_KeyPair_ChoosesTheOfficialEndpoint()
    {
        Environment.SetEnvironmentVariable("KLING_API_KEY", null);
        Environment.SetEnvironmentVariable("KLING_BASE_URL", null);
        Environment.SetEnvironmentVariable("KLING_ACCESS_KEY", "ak-env");
        Environment.SetEnvironmentVariable("KLING_SECRET_KEY", "sk-env-secret-value");

        var options = KlingClientOptions.FromEnvironment();

        Assert.Equal("ak-env", options.AccessKey);
        Assert.Equal("sk-env-secret-value", options.SecretKey);
        Assert.Equal(KlingEndpoint.Official, options.ResolveEndpoint());
        Assert.Equal(KlingClientOptions.OfficialBaseUrl, options.ResolveBaseUrl());
    }

    [Fact]
    public void FromEnvironment_MalformedBaseUrl_IsReportedByValidation()
    {
        Environment.SetEnvironmentVariable("KLING_BASE_URL", "not a url");

        var result = new KlingClientOptionsValidator().Validate(null, KlingClientOptions.FromEnvironment());

        Assert.Equal(["Kling:BaseUrl (KLING_BASE_URL) must be an absolute http(s) URL such as https://api.cometapi.com/."], result.Failures);
    }
}
