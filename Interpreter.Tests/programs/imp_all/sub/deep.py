from .. import gamma
from ..alpha import NAME as ALPHA
WHO = __name__
