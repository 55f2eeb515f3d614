def main():
    return "main() ran"
if __name__ == "__main__":
    print("runnable executed as script")
else:
    print("runnable imported as", __name__)
