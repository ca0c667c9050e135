# str + int: 'can only concatenate str (not "int") to str', with the ~~~^~~~ marker.


count = 3
message = "count: " + count
