namespace KlingGenerated.PackageTests;

/// <summary>
/// A console app as a user would write it, outside the repository (so none of its Directory.*.props apply),
/// referencing the packed library and Testing package from the local feed, without a NuGet.config.
/// </summary>
internal static class ConsumerApp
{
    public static string Write(string folder, PackedPackages packages)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RestoreAdditionalProjectSources>{packages.Feed}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KlingGenerated" Version="{packages.Version}" />
                <PackageReference Include="KlingGenerated.Testing" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        // The library's README call (ImageToVideoAsync with a file image), on the Testing package's sandbox.
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using KlingGenerated;
            using KlingGenerated.Testing;

            await using var sandbox = await KlingSandbox.StartAsync();
            var kling = sandbox.CreateClient();
            var operation = await kling.ImageToVideoAsync(
                WaitUntil.Completed,
                new ImageToVideoRequest
                {
                    Image = KlingImage.FromFile(args[0]),
                    Prompt = "The day turns into night.",
                    Duration = VideoDuration.Five,
                },
                new KlingWaitOptions { InitialDelay = TimeSpan.FromMilliseconds(50), PollInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromMinutes(1) });
            var task = operation.Value;
            Console.WriteLine($"status: {task.TaskStatus}");
            Console.WriteLine($"video: {task.Videos[0].Url}");
            Console.WriteLine($"contract violations: {(await sandbox.GetContractViolationsAsync()).Count}");
            """);
        // Stops MSBuild's search for Directory.*.props in the folders above (a temp folder may sit anywhere).
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        return folder;
    }
}
