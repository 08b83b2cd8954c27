// The kling command. Its commands arrive with the CLI work; for now it reports what it is.
Console.Error.WriteLine("kling: the command-line interface is not available yet.");
return 1;
