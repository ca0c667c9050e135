def pairs(seq):
    out = []
    for i in range(len(seq)):
        out.append(seq[i] + seq[i + 1])
    return out

print(pairs([1, 2, 3]))
