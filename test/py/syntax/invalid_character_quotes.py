s = ‘hello’
