import sys
def main():
    try:
        sys.exit(2)
    finally:
        print("finally before exit")
main()
print("not reached")
