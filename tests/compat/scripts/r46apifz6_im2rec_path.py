"""test_utils.get_im2rec_path finds the packaged tools/im2rec.py, which (as it needs OpenCV) stops at its import of cv2 where OpenCV is missing, as MXNet's does."""
import os, subprocess, sys
import mxnet as mx
path = mx.test_utils.get_im2rec_path()
print(os.path.basename(path), os.path.basename(os.path.dirname(path)), os.path.isfile(path))
try:
    mx.test_utils.get_im2rec_path('NO_SUCH_HOME_VARIABLE')
    print('found without the variable')
except OSError as e:
    print(type(e).__name__, e)
os.environ['R46_FAKE_HOME'] = '/nonexistent'
try:
    mx.test_utils.get_im2rec_path('R46_FAKE_HOME')
except OSError as e:
    print(type(e).__name__, e)
try:
    import cv2      # noqa: F401
    print('OpenCV present')
except ImportError:
    run = subprocess.run([sys.executable, path, '--help'], capture_output=True, text=True)
    print(run.returncode, run.stderr.strip().splitlines()[-1])
