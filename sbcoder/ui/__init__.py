"""sbcoder.ui"""
