while (line := read()) != "":
    process(line)
while chunk := f.read(1024):
    handle(chunk)
