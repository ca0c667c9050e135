if a:
 b = 1
 if c:
         d = 2
 e = 3
for x in y:
        pass
class K:
  def m(self):
      return 1
