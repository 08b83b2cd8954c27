using KlingGenerated.Testing;

namespace KlingGenerated.PackageTests;

/// <summary>The packages as users get them: restored from a feed into a new project, or installed as a tool.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageInstallTests(PackedPackages packages)
{
    [Fact]
    public async Task Library_and_Testing_packages_restore_into_a_new_console_app_that_waits_for_a_sandbox_task()
    {
        var app = ConsumerApp.Write(Path.Combine(packages.WorkFolder, "consumer"), packages);

        var run = await DotnetProcess.DotnetAsync(app, TimeSpan.FromMinutes(4), "run", "--", Repository.SampleImage);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("status: succeed", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"video: http://(127\.0\.0\.1|localhost):\d+/\S+\.mp4", run.Output);
        Assert.Contains("contract violations: 0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_package_installs_as_a_tool_whose_kling_command_saves_a_video_from_a_sandbox()
    {
        var tools = Path.Combine(packages.WorkFolder, "tools");
        var install = await DotnetProcess.DotnetAsync(packages.WorkFolder, TimeSpan.FromMinutes(3),
            "tool", "install", "KlingGenerated.Cli", "--tool-path", tools, "--add-source", packages.Feed, "--version", packages.Version);
        Assert.True(install.ExitCode == 0, install.ToString());
        var kling = Path.Combine(tools, OperatingSystem.IsWindows() ? "kling.exe" : "kling");

        var help = await DotnetProcess.RunAsync(kling, packages.WorkFolder, TimeSpan.FromMinutes(1), "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("image2video", help.Output, StringComparison.Ordinal);

        await using var sandbox = await KlingSandbox.StartAsync();
        var video = Path.Combine(packages.WorkFolder, "from-tool.mp4");
        var create = await DotnetProcess.RunAsync(kling, packages.WorkFolder, TimeSpan.FromMinutes(2),
            "image2video", "--image", Repository.SampleImage, "--prompt", "The day turns into night.", "--out", video,
            "--base-url", sandbox.BaseUri.ToString(), "--api-key", "package-test-key", "--poll-interval", "0.05", "--json");

        Assert.True(create.ExitCode == 0, create.ToString());
        Assert.Contains("\"status\":\"succeed\"", create.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("package-test-key", create.Output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(video);
        Assert.Equal("ftyp"u8.ToArray(), bytes[4..8]); // an MP4, as the sandbox serves it
        var received = Assert.Single(await sandbox.GetCreatesAsync(KlingRoute.ImageToVideo));
        Assert.True(received.Authorization.IsBearer("package-test-key"));
    }
}
