"""Make image lists (.lst) of a folder of images, or pack the images a list names into RecordIO files (.rec and
.idx), with MXNet's tools/im2rec.py command line."""
import argparse
import os
import queue
import random
import sys
import time
import traceback

import distnet as mx
import cv2      # reading, resizing and encoding images (the tool needs OpenCV, whatever its options, as MXNet's)


def list_images(root, recursive, exts):
    """(index, path relative to ``root``, label) of the images under ``root``: each folder a label of its own
    when ``recursive`` (the folders and their labels printed at the end), else the root's images, labelled 0."""
    if not recursive:
        names = [n for n in sorted(os.listdir(root)) if _is_image(os.path.join(root, n), exts)]
        yield from ((i, name, 0) for i, name in enumerate(names))
        return
    labels, index = {}, 0
    for folder, dirs, files in os.walk(root, followlinks=True):
        dirs.sort()
        for name in sorted(files):
            if _is_image(os.path.join(folder, name), exts):
                label = labels.setdefault(folder, len(labels))
                yield index, os.path.relpath(os.path.join(folder, name), root), label
                index += 1
    for folder, label in sorted(labels.items(), key=lambda kv: kv[1]):
        print(os.path.relpath(folder, root), label)


def _is_image(path, exts):
    return os.path.isfile(path) and os.path.splitext(path)[1].lower() in exts


def write_list(path, items):
    """One line per item: its index, its labels (as %f), its path, separated by tabs."""
    with open(path, "w") as out:
        for index, name, *labels in items:
            out.write(f"{index}\t" + "".join("%f\t" % label for label in labels) + f"{name}\n")


def make_list(args):
    """The .lst file(s) of ``args.root``: shuffled with seed 100 unless told not to, in ``args.chunks`` chunks,
    each split into train/val/test lists by the ratios given."""
    items = list(list_images(args.root, args.recursive, args.exts))
    if args.shuffle:
        random.seed(100)
        random.shuffle(items)
    chunk_size = (len(items) + args.chunks - 1) // args.chunks
    for c in range(args.chunks):
        chunk = items[c * chunk_size:(c + 1) * chunk_size]
        stem = args.prefix + (f"_{c}" if args.chunks > 1 else "")
        n_train, n_test = int(chunk_size * args.train_ratio), int(chunk_size * args.test_ratio)
        if args.train_ratio == 1.0:
            write_list(stem + ".lst", chunk)
            continue
        if args.test_ratio:
            write_list(stem + "_test.lst", chunk[:n_test])
        if args.train_ratio + args.test_ratio < 1.0:
            write_list(stem + "_val.lst", chunk[n_test + n_train:])
        write_list(stem + "_train.lst", chunk[n_test:n_test + n_train])


def read_list(path):
    """[index, path, label, ...] of each well-formed line of a .lst file (the others are reported and skipped)."""
    with open(path) as lines:
        for line in lines:
            parts = [p.strip() for p in line.strip().split("\t")]
            if len(parts) < 3:
                print("lst should have at least has three parts, but only has %s parts for %s" % (len(parts), parts))
                continue
            try:
                yield [int(parts[0]), parts[-1]] + [float(p) for p in parts[1:-1]]
            except ValueError as e:
                print("Parsing lst met error for %s, detail: %s" % (parts, e))


def encode(args, item):
    """The packed record of one list item (None, reported, when its image cannot be read or packed)."""
    path = os.path.join(args.root, item[1])
    label = item[2:] if len(item) > 3 and args.pack_label else item[2]
    header = mx.recordio.IRHeader(0, label, item[0], 0)
    if args.pass_through:
        try:
            with open(path, "rb") as f:
                return mx.recordio.pack(header, f.read())
        except Exception as e:      # (any failure is reported and the image skipped)
            traceback.print_exc()
            print("pack_img error:", item[1], e)
            return None
    img = cv2.imread(path, args.color)
    if img is None:
        print("imread read blank (None) image for file: %s" % path)
        return None
    img = _resized(_center_cropped(img) if args.center_crop else img, args.resize)
    try:
        return mx.recordio.pack_img(header, img, quality=args.quality, img_fmt=args.encoding)
    except Exception as e:
        traceback.print_exc()
        print("pack_img error on file: %s" % path, e)
        return None


def _center_cropped(img):
    h, w = img.shape[:2]
    margin = abs(h - w) // 2
    return img[margin:margin + w, :] if h > w else img[:, margin:margin + h]


def _resized(img, short_side):
    """``img`` with its shorter side ``short_side`` (0: as it is)."""
    if not short_side:
        return img
    h, w = img.shape[:2]
    size = (short_side, h * short_side // w) if h > w else (w * short_side // h, short_side)
    return cv2.resize(img, size)


def pack_list(args, list_path, working_dir):
    """Write the records of ``list_path``'s images to the .rec/.idx pair of the same name in ``working_dir``."""
    stem = os.path.splitext(os.path.basename(list_path))[0]
    record = mx.recordio.MXIndexedRecordIO(os.path.join(working_dir, stem + ".idx"),
                                           os.path.join(working_dir, stem + ".rec"), "w")
    written, last = 0, time.time()
    for item in read_list(list_path):
        # (an image that failed is written as None, which the record file refuses: MXNet's one-process tool stops
        # there too)
        record.write_idx(item[0], encode(args, item))
        if written % 1000 == 0:
            now = time.time()
            print("time:", now - last, " count:", written)
            last = now
        written += 1
    record.close()


def parse_args(argv=None):
    parser = argparse.ArgumentParser(formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                                     description="Create an image list or make a record database by reading from "
                                                 "an image list")
    parser.add_argument("prefix", help="prefix of input/output lst and rec files.")
    parser.add_argument("root", help="path to folder containing images.")
    lists = parser.add_argument_group("Options for creating image lists")
    lists.add_argument("--list", action="store_true", help="make image list(s) of the root folder in <prefix>.lst "
                       "instead of reading <prefix>.lst to make <prefix>.rec")
    lists.add_argument("--exts", nargs="+", default=[".jpeg", ".jpg", ".png"], help="list of acceptable image "
                       "extensions.")
    lists.add_argument("--chunks", type=int, default=1, help="number of chunks.")
    lists.add_argument("--train-ratio", type=float, default=1.0, help="Ratio of images to use for training.")
    lists.add_argument("--test-ratio", type=float, default=0, help="Ratio of images to use for testing.")
    lists.add_argument("--recursive", action="store_true", help="label each sub-folder's images by the folder, "
                       "instead of listing the root's images with label 0")
    lists.add_argument("--no-shuffle", dest="shuffle", action="store_false", help="keep the images in file order")
    records = parser.add_argument_group("Options for creating database")
    records.add_argument("--pass-through", action="store_true", help="whether to skip transformation and save "
                         "image as is")
    records.add_argument("--resize", type=int, default=0, help="resize the shorter edge of image to the newsize")
    records.add_argument("--center-crop", action="store_true", help="crop the center square of each image")
    records.add_argument("--quality", type=int, default=95, help="JPEG quality for encoding, 1-100; or PNG "
                         "compression for encoding, 1-9")
    records.add_argument("--num-thread", type=int, default=1, help="number of threads for encoding (read; "
                         "distnet encodes in one)")
    records.add_argument("--color", type=int, default=1, choices=[-1, 0, 1], help="1: colour, 0: grayscale, "
                         "-1: as stored (with alpha)")
    records.add_argument("--encoding", type=str, default=".jpg", choices=[".jpg", ".png"], help="specify the "
                         "encoding of the images.")
    records.add_argument("--pack-label", action="store_true", help="Whether to also pack multi dimensional label "
                         "in the record file")
    args = parser.parse_args(argv)
    args.prefix, args.root = os.path.abspath(args.prefix), os.path.abspath(args.root)
    return args


def main(argv=None):
    args = parse_args(argv)
    if args.list:
        make_list(args)
        return
    working_dir = args.prefix if os.path.isdir(args.prefix) else os.path.dirname(args.prefix)
    lists = [os.path.join(working_dir, name) for name in os.listdir(working_dir)
             if os.path.isfile(os.path.join(working_dir, name))]
    lists = [path for path in lists if path.startswith(args.prefix) and path.endswith(".lst")]
    for path in lists:
        print("Creating .rec file from", path, "in", working_dir)
        # (MXNet's tool encodes in worker processes for --num-thread > 1, else says so; distnet encodes in one)
        print("multiprocessing not available, fall back to single threaded encoding")
        pack_list(args, path, working_dir)
    if not lists:
        print("Did not find and list file with prefix %s" % args.prefix)


if __name__ == "__main__":
    sys.exit(main())
