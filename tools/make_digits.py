"""Convert scikit-learn's copy of the UCI digits (digits.csv.gz) to MNIST's gzipped idx files.

Usage: python tools/make_digits.py path/to/sklearn/datasets/data/digits.csv.gz [out_dir]
Writes train-/t10k- images and labels to out_dir (default examples/data/digits); the output
is byte-for-byte reproducible (fixed split, gzip without a timestamp or file name).
"""
import gzip
import os
import struct
import sys

import numpy as np

NUM_TRAIN = 1500
SPLIT_SEED = 0        # numpy's legacy RandomState: the same permutation on every numpy version
FILES = {
    "train": ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
    "t10k": ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
}


def read_digits(csv_gz):
    """(images uint8 N x 8 x 8 scaled to 0..255, labels uint8 N) from the 65-column csv."""
    with gzip.open(csv_gz, "rt") as f:
        table = np.loadtxt(f, delimiter=",", dtype=np.int64)
    if table.shape[1] != 65 or table[:, :64].max() > 16 or not set(table[:, 64]) <= set(range(10)):
        raise ValueError(f"{csv_gz}: expected rows of 64 pixels in 0..16 and a label 0..9")
    pixels = np.rint(table[:, :64] * (255 / 16)).astype(np.uint8)
    return pixels.reshape(-1, 8, 8), table[:, 64].astype(np.uint8)


def write_idx_gz(path, array):
    """One idx file: magic (0, 0, ubyte type 0x08, ndim), big-endian int32 dims, the bytes."""
    header = struct.pack(">BBBB", 0, 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}i", *array.shape)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(header + np.ascontiguousarray(array, np.uint8).tobytes())


def main(csv_gz, out_dir):
    images, labels = read_digits(csv_gz)
    order = np.random.RandomState(SPLIT_SEED).permutation(len(labels))
    parts = {"train": order[:NUM_TRAIN], "t10k": order[NUM_TRAIN:]}
    os.makedirs(out_dir, exist_ok=True)
    for part, index in parts.items():
        image_file, label_file = FILES[part]
        write_idx_gz(os.path.join(out_dir, image_file), images[index])
        write_idx_gz(os.path.join(out_dir, label_file), labels[index])
        print(f"{part}: {len(index)} samples, classes {np.bincount(labels[index], minlength=10).tolist()}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    default_out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "data", "digits")
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else default_out)
