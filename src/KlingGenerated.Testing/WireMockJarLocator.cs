namespace KlingGenerated.Testing;

// Finds the jar and java without asking the user, and says exactly how to fix it when it cannot.
internal static class WireMockJarLocator
{
    private const string JarEnvironmentVariable = "KLING_WIREMOCK_JAR";

    public static string FindJar(string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured
                : throw new FileNotFoundException($"The WireMock jar '{configured}' does not exist.", configured);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "wiremock", "wiremock-standalone.jar");
        if (File.Exists(beside))
        {
            return beside;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(JarEnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var build = Path.Combine(dir.FullName, "node_modules", "wiremock", "build");
            if (Directory.Exists(build) && Directory.GetFiles(build, "wiremock-standalone-*.jar") is [var jar, ..])
            {
                return jar;
            }
        }

        throw new FileNotFoundException(
            "The WireMock standalone jar was not found. Install it with 'npm ci' at the repository root " +
            $"(package.json pins the npm 'wiremock' package), or set {JarEnvironmentVariable} to the jar's path.");
    }

    public static string FindJava(string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        var name = OperatingSystem.IsWindows() ? "java.exe" : "java";
        if (!string.IsNullOrEmpty(javaHome) && File.Exists(Path.Combine(javaHome, "bin", name)))
        {
            return Path.Combine(javaHome, "bin", name);
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new FileNotFoundException(
            "Java was not found: WireMock needs Java 11 or later (17 is tested). Install it " +
            "(for example 'apt-get install openjdk-17-jre-headless') or set JAVA_HOME.");
    }
}
