namespace KlingGenerated.Testing;

/// <summary>How to start a <see cref="WireMockServer"/>.</summary>
public sealed class WireMockServerOptions
{
    /// <summary>
    /// The WireMock standalone jar. Default: the copy shipped beside this assembly, then the
    /// KLING_WIREMOCK_JAR environment variable, then node_modules/wiremock above the current folder.
    /// </summary>
    public string? JarPath { get; set; }

    /// <summary>The java executable. Default: $JAVA_HOME/bin/java, else java on the PATH.</summary>
    public string? JavaPath { get; set; }

    /// <summary>The port to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// WireMock's root folder (its mappings/ and __files/). Default: a new temporary folder, removed on dispose.
    /// </summary>
    public string? RootDirectory { get; set; }

    /// <summary>How long to wait for the server to answer its health check. Default 60 seconds.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Extra command-line arguments for WireMock.</summary>
    public IList<string> ExtraArguments { get; } = new List<string>();
}
