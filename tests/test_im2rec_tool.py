"""tools/im2rec.py makes MXNet's image lists and packs their images as its tool does (run here with a stand-in
cv2 module: list making and --pass-through packing use no OpenCV function)."""
import os
import subprocess
import sys

import distnet as mx
from distnet.test_utils import get_im2rec_path


def _tool(tmp_path, *args):
    stub = tmp_path / "stub"
    stub.mkdir(exist_ok=True)
    (stub / "cv2.py").write_text("")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(stub), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, get_im2rec_path(), *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)


def _images(tmp_path):
    root = tmp_path / "imgs"
    for folder in ("cat", "dog"):
        (root / folder).mkdir(parents=True)
        for i in (1, 2, 3):
            (root / folder / f"{i}.jpg").write_bytes(bytes([i]) * (37 * i))
    (root / "top.png").write_bytes(b"x\n")
    (root / "cat" / "skip.txt").write_bytes(b"y\n")
    return root


def test_recursive_list_is_shuffled_with_seed_100_and_labels_folders(tmp_path):
    _images(tmp_path)
    run = _tool(tmp_path, "d", "imgs", "--list", "--recursive")
    assert run.stdout == ". 0\ncat 1\ndog 2\n"
    # (MXNet's tool writes this list for these files)
    assert (tmp_path / "d.lst").read_text() == ("0\t0.000000\ttop.png\n4\t2.000000\tdog/1.jpg\n2\t1.000000\tcat/2.jpg\n"
                                                "6\t2.000000\tdog/3.jpg\n5\t2.000000\tdog/2.jpg\n"
                                                "3\t1.000000\tcat/3.jpg\n1\t1.000000\tcat/1.jpg\n")


def test_chunks_and_ratios_split_the_list(tmp_path):
    _images(tmp_path)
    _tool(tmp_path, "e", "imgs", "--list", "--recursive", "--no-shuffle", "--train-ratio", "0.5", "--test-ratio",
          "0.2", "--chunks", "2")
    lists = {p.name: p.read_text().count("\n") for p in tmp_path.glob("e_*.lst")}
    assert lists == {"e_0_test.lst": 0, "e_0_train.lst": 2, "e_0_val.lst": 2,
                     "e_1_test.lst": 0, "e_1_train.lst": 2, "e_1_val.lst": 1}


def test_pass_through_packs_the_files_with_their_labels(tmp_path):
    root = _images(tmp_path)
    (tmp_path / "g.lst").write_text("0\t1.5\t2.5\tcat/1.jpg\nbad line\n3\tx\tdog/2.jpg\n7\t4\tdog/3.jpg\n")
    run = _tool(tmp_path, "g", "imgs", "--pass-through", "--pack-label")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[:2] == [f"Creating .rec file from {tmp_path / 'g.lst'} in {tmp_path}",
                         "multiprocessing not available, fall back to single threaded encoding"]
    assert lines[3:] == ["lst should have at least has three parts, but only has 1 parts for ['bad line']",
                         "Parsing lst met error for ['3', 'x', 'dog/2.jpg'], detail: could not convert string to "
                         "float: 'x'"]
    record = mx.recordio.MXIndexedRecordIO(str(tmp_path / "g.idx"), str(tmp_path / "g.rec"), "r")
    header, payload = mx.recordio.unpack(record.read_idx(0))
    assert (header.flag, list(header.label), header.id, payload) == (2, [1.5, 2.5], 0, (root / "cat/1.jpg").read_bytes())
    header, payload = mx.recordio.unpack(record.read_idx(7))
    assert (header.flag, header.label, payload) == (0, 4.0, (root / "dog/3.jpg").read_bytes())


def test_an_image_that_cannot_be_read_stops_packing(tmp_path):
    _images(tmp_path)
    (tmp_path / "h.lst").write_text("0\t1\tcat/1.jpg\n1\t1\tnope.jpg\n")
    run = _tool(tmp_path, "h", "imgs", "--pass-through")
    assert run.returncode == 1
    assert "pack_img error: nope.jpg" in run.stdout
    assert run.stderr.strip().splitlines()[-1] == "TypeError: object of type 'NoneType' has no len()"


def test_no_list_of_the_prefix(tmp_path):
    _images(tmp_path)
    run = _tool(tmp_path, "zz", "imgs")
    assert run.stdout == f"Did not find and list file with prefix {tmp_path / 'zz'}\n"
