using System.CommandLine;

namespace KlingGenerated.Cli.Commands;

/// <summary><c>kling task get|wait|list</c>: look at tasks that already exist.</summary>
internal static class TaskCommands
{
    public static Command Create(CliHost host)
    {
        var command = new Command("task", "Query, wait for or list existing tasks.");
        command.Subcommands.Add(Get(host));
        command.Subcommands.Add(Wait(host));
        command.Subcommands.Add(List(host));
        return command;
    }

    private static Argument<string> RouteArgument() => new Argument<string>("route")
    {
        Description = "The route the task was created on: " + string.Join(", ", RouteNames.All) + ".",
    }.AcceptOnlyFromAmong([.. RouteNames.All]);

    private static Argument<string> TaskIdArgument() => new("task-id") { Description = "The task_id (or your external_task_id)." };

    private static Command Get(CliHost host)
    {
        var (route, taskId) = (RouteArgument(), TaskIdArgument());
        var command = new Command("get", "Show one task's status and result URLs.") { route, taskId };
        command.SetAction((parse, cancellationToken) => CommandExecution.RunAsync(parse, host, cancellationToken, async context =>
        {
            var operation = context.Session.Client.GetTaskOperation(RouteNames.Parse(context.Parse.GetValue(route)!), TaskIdInput.Check(context.Parse.GetValue(taskId)));
            var task = await operation.UpdateStatusAsync(context.CancellationToken).ConfigureAwait(false);
            return CommandResult.From(task, context.Session.Simulated);
        }));
        return command;
    }

    private static Command Wait(CliHost host)
    {
        var (route, taskId, output, outDir, overwrite) = (RouteArgument(), TaskIdArgument(), CreateOptions.Out(), CreateOptions.OutDir(), CreateOptions.Overwrite());
        var command = new Command("wait", "Wait for a task to end and save its result.") { route, taskId, output, outDir, overwrite };
        command.SetAction((parse, cancellationToken) => CommandExecution.RunAsync(parse, host, cancellationToken, context =>
        {
            var (routeName, id) = (RouteNames.Parse(context.Parse.GetValue(route)!), TaskIdInput.Check(context.Parse.GetValue(taskId)));
            return context.Runner.WaitAsync(routeName, id, SaveTarget.From(context.Value(output), context.Value(outDir), context.Value(overwrite), host), context.CancellationToken);
        }));
        return command;
    }

    private static Command List(CliHost host)
    {
        var route = RouteArgument();
        var page = new Option<int?>("--page") { Description = "The page, from 1." };
        var pageSize = new Option<int?>("--page-size") { Description = "Tasks per page, 1 to 500." };
        var command = new Command("list", "List a route's tasks, newest first.") { route, page, pageSize };
        command.SetAction((parse, cancellationToken) => CommandExecution.RunAsync(parse, host, cancellationToken, async context =>
        {
            if (context.Value(page) is < 1 or > 1000 || context.Value(pageSize) is < 1 or > 500)
            {
                throw new CliUsageException("--page must be 1 to 1000 and --page-size 1 to 500.");
            }

            var tasks = await context.Session.Client.ListTasksAsync(RouteNames.Parse(context.Parse.GetValue(route)!),
                context.Value(page), context.Value(pageSize), context.CancellationToken).ConfigureAwait(false);
            var result = new CommandResult { Status = "listed", Simulated = context.Session.Simulated };
            result.Tasks.AddRange(tasks.Select(t => CommandResult.From(t, context.Session.Simulated)));
            return result;
        }));
        return command;
    }
}
